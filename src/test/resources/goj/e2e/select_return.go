package main

func f(c chan int) int {
	select {
	case v := <-c:
		return v
	}
}

func main() {
	c := make(chan int, 1)
	c <- 4
	var a [3]int
	p := &a
	println(f(c), len(p), cap(p))
}
