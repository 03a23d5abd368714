package main

type T [2]int

func main() {
	p := T{0, 1}
	switch p {
	case T{0, 1}:
		println("ok")
	default:
		println("wrong")
	}
	println(p == T{0, 1})
}
