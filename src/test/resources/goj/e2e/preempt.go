package main

// Goroutines that loop without calls must not starve the others: more spinners than
// processors, while main and a producer exchange values over a channel.

func spin(n int) {
	x := 0
	for {
		x += n
	}
}

func spinEmpty() {
	for {
	}
}

type flag struct{ stop bool }

func spinCond(f *flag) {
	i := 0
	for !f.stop {
		i++
	}
}

func main() {
	f := &flag{}
	for i := 0; i < 4; i++ {
		go spin(i)
		go spinEmpty()
		go spinCond(f)
	}
	c := make(chan int)
	go func() {
		for i := 0; i < 1000; i++ {
			c <- i
		}
		close(c)
	}()
	s := 0
	for v := range c {
		s += v
	}
	println(s)
}
