// exit 2
package main

// Parking and waking many goroutines, selects parked on several channels, FIFO order through a
// full buffer with waiting senders, nil values through buffers, and a deadlock in select.

type T struct{ n int }

func fanIn(a, b <-chan int, out chan<- int) {
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out <- v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out <- v
		}
	}
	close(out)
}

func main() {
	// 10000 goroutines parked on one channel, all woken by close
	start := make(chan int)
	done := make(chan int, 10)
	for i := 0; i < 10000; i++ {
		go func() {
			_, ok := <-start
			if !ok {
				done <- i
			}
		}()
	}
	close(start)
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += <-done
	}
	println("woken", sum)

	// senders waiting on a full buffer keep their order
	c := make(chan int, 2)
	order := make(chan bool)
	go func() {
		for i := 0; i < 6; i++ {
			c <- i
		}
		order <- true
	}()
	for i := 0; i < 6; i++ {
		print(<-c, " ")
	}
	<-order
	println()

	// nil values travel through buffers and select
	p := make(chan *T, 3)
	p <- nil
	p <- &T{7}
	select {
	case p <- nil:
	}
	println(<-p == nil, (<-p).n, <-p == nil, len(p))

	// a select parked on two channels, woken by either
	a, b, out := make(chan int), make(chan int), make(chan int)
	go fanIn(a, b, out)
	go func() {
		for i := 1; i <= 100; i++ {
			if i%2 == 0 {
				a <- i
			} else {
				b <- i
			}
		}
		close(a)
		close(b)
	}()
	total := 0
	for v := range out {
		total += v
	}
	println("fan-in", total)

	// a select whose only ready case is a send to a waiting receiver
	var nilc chan int
	r := make(chan int)
	got := make(chan int)
	go func() { got <- <-r }()
	select {
	case nilc <- 1:
		println("nil send")
	case r <- 42:
	}
	println("handed", <-got)

	// every goroutine blocked: main in a select, another in a send
	x := make(chan int)
	go func() { x <- 1; x <- 2 }()
	<-x
	select {
	case <-r:
	case nilc <- 1:
	}
}
