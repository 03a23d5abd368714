package main

import "unsafe"

type S struct {
	a byte
	b int64
	c [3]int16
	d struct{}
}

type E struct {
	S
	f float32
	g uint16
	s []int
	i interface{}
	m map[string]int
}

func main() {
	var s S
	var e E
	println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d))
	println(unsafe.Sizeof(e), unsafe.Offsetof(e.f), unsafe.Offsetof(e.g), unsafe.Offsetof(e.s), unsafe.Offsetof(e.i), unsafe.Offsetof(e.m))
	println(unsafe.Offsetof(e.c), unsafe.Alignof(e.g), unsafe.Sizeof("x"), unsafe.Sizeof([0]int{}), unsafe.Sizeof(struct{}{}))
	const n = unsafe.Sizeof(uintptr(0)) * 8
	var a [n]bool
	println(len(a), unsafe.Sizeof(a), unsafe.Sizeof(1.5), unsafe.Sizeof('x'))
}
