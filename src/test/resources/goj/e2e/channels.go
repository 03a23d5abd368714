// exit 2
package main

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func worker(id int, jobs <-chan int, results chan<- int, done chan bool) {
	for j := range jobs {
		results <- j * j
	}
	done <- true
}

func main() {
	c := make(chan int)
	go producer(5, c)
	sum := 0
	for v := range c {
		sum += v
	}
	println("sum", sum)

	jobs := make(chan int, 10)
	results := make(chan int, 10)
	done := make(chan bool)
	for w := 0; w < 3; w++ {
		go worker(w, jobs, results, done)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	for w := 0; w < 3; w++ {
		<-done
	}
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	println("total", total, len(results), cap(results))

	v, ok := <-results
	println(v, ok)

	a, b := make(chan string), make(chan string)
	go func() { a <- "from a" }()
	go func() { b <- "from b" }()
	got := 0
	for got < 66 {
		select {
		case m := <-a:
			got += len(m)
		case m := <-b:
			got += len(m) * 10
		}
	}
	println("got", got)
	select {
	case x := <-a:
		println("unexpected", x)
	default:
		println("default")
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for {
			n := <-ping
			pong <- n + 1
		}
	}()
	n := 0
	for i := 0; i < 1000; i++ {
		ping <- n
		n = <-pong
	}
	println("pingpong", n)
	dead := make(chan int)
	<-dead
}
