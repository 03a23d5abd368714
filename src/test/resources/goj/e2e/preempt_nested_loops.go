// Two goroutines spin in nested counted loops (bounded int counters) on the two carriers; main
// still runs: the outer loops keep their safe points.
package main

func spin(name string, done chan bool) {
	x := 0
	for i := 0; i < 200000; i++ {
		for j := 0; j < 200000; j++ {
			x += j ^ i
		}
	}
	println(name, "done", x)
	done <- true
}

func main() {
	done := make(chan bool)
	go spin("spinner", done)
	go spin("spinner2", done)
	c := make(chan int)
	go func() { c <- 1 }()
	println("got", <-c)
	println("main not starved")
}
