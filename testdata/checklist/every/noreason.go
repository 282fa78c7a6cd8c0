package every

// want +1 "needs a reason.*\\(VC1000\\)"
//lint:file-ignore VC1003
