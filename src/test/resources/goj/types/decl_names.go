package main

var init = 1

const main = 2

type I interface {
	M(a int, b string) (a bool)
}

var f func(x, x int)

func g(h func() (r, r int)) {}
