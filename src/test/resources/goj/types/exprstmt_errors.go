package p

import "unsafe"

func f(x []int, c chan int, m map[int]int) {
	defer int(0)
	go string([]byte("abc"))
	defer len(x)
	defer unsafe.Sizeof(x)
	defer copy(x, x)
	go close(c)
	defer recover()
	defer (func() {})()
	int(0)
	(len(x))
	append(x, 1)
	x[0]
	<-c
	(<-c)
	len
	int
	delete(m, 0)
	print()
}

func sel(done chan struct{}) {
	select {
	case done:
		undefinedInBody()
	case (chan struct{})(done):
	}
}
