// exit 2
package main

// A select with one case is the plain channel operation: blocking on a nil channel there is
// reported as gc reports a receive from a nil channel.

func main() {
	var c chan int
	d := make(chan int, 1)
	select {
	case d <- 1:
	}
	select {
	case v := <-d:
		println(v)
	}
	select {
	case <-c:
	}
}
