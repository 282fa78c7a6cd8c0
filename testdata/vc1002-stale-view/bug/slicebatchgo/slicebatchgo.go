// Bug (VC1002): a batcher hands each full batch to a goroutine and reuses the
// batch's backing array for the next one.
package slicebatchgo

import "sync"

func Process(items []string, size int, handle func([]string)) {
	var wg sync.WaitGroup
	batch := make([]string, 0, size)
	for _, it := range items {
		batch = append(batch, it)
		if len(batch) == size {
			wg.Add(1)
			go func(b []string) {
				defer wg.Done()
				handle(b)
			}(batch) // want `"batch" is handed to a goroutine without a copy.*VC1002`
			batch = batch[:0]
		}
	}
	wg.Wait()
}
