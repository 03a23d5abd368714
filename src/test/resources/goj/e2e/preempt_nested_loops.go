// Two goroutines spin in nested counted loops (bounded int counters) on the two carriers; main
// still runs: the outer loops keep their safe points.
package main

func main() {
	done := make(chan bool)
	go func() {
		x := 0
		for i := 0; i < 200000; i++ {
			for j := 0; j < 200000; j++ {
				x += j ^ i
			}
		}
		println("spinner done", x)
		done <- true
	}()
	go func() {
		x := 0
		for i := 0; i < 200000; i++ {
			for j := 0; j < 200000; j++ {
				x += j ^ i
			}
		}
		println("spinner2 done", x)
		done <- true
	}()
	c := make(chan int)
	go func() { c <- 1 }()
	println("got", <-c)
	println("main not starved")
}
