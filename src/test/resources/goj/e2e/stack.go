// exit 2
package main

// A million frames fit in the main goroutine and in other goroutines (gc allows 1 GB stacks);
// an unbounded recursion is gc's fatal stack overflow, which deferred calls do not intercept.

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type node struct{ next *node }

func forever(n *node) int {
	defer func() { println("deferred call ran") }()
	return forever(&node{n}) + 1
}

func main() {
	println(depth(1000000))
	done := make(chan int)
	go func() { done <- depth(1000000) }()
	println(<-done)
	go func() { done <- forever(nil) }()
	println(<-done)
}
