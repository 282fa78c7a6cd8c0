// Correct: influxdata/telegraf#10989's shape: the element embeds a pointer,
// so the field written is reached through it and the write lands.
package main

import "fmt"

type stats struct{ Count int }

type metric struct {
	*stats
	Name string
}

func main() {
	ms := []metric{{&stats{}, "a"}, {&stats{}, "b"}}
	for _, m := range ms {
		m.Count = 5
	}
	fmt.Println(ms[0].Count, ms[1].Count)
}
