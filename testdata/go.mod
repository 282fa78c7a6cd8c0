module viewcheck.test

go 1.26.0

require github.com/viewcheck/viewcheck v0.0.0

require gonum.org/v1/gonum v0.17.0

replace github.com/viewcheck/viewcheck => ../
