// The example programs of the checks that rely on gonum's contracts. A
// module of its own, so that gonum never becomes a requirement of
// viewcheck's: cd here and run viewcheck ./... or go run ./vc1007-overlap.
module viewcheck.examples/gonum

go 1.26.0

require gonum.org/v1/gonum v0.17.0
