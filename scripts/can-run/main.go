// Command can-run exits 0. .ci/run builds it for another GOARCH to learn
// whether this machine can run that architecture's binaries.
package main

func main() {}
