package main

const (
	A = iota * 10
	B
	C
)

var x = F

const (
	D int8 = iota + 1
	E
	F
)

func main() {
	const (
		G = "g"
		H
	)
	println(A, B, C, D, E, F, x, G, H)
}
