package p

import "unsafe"

func f(s []int, m map[int]int, c chan int) {
	len("foo")
	cap(s)
	append(s, 1)
	copy(s, s)
	delete(m, 1)
	close(c)
	int(3)
	unsafe.Sizeof(s)
	new(int)
	print()
	recover()
	f(s, m, c)
	(len(s))
}

type P struct{ x int }

func g(m map[string]P, mp map[string]*P) {
	m["a"].x = 1
	(m["a"]).x++
	mp["a"].x = 2
	m["b"] = P{}
}
