module example.com

go 1.26.0

require github.com/viewcheck/viewcheck v0.0.0

replace github.com/viewcheck/viewcheck => ../../
