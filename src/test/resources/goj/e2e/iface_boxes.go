package main

type T []int
type M map[string]int
type F func() int
type A [2]int

func main() {
	var x any = T{1, 2}
	t := x.(T)
	println(len(t), t[1])
	x = []int{3}
	if s, ok := x.([]int); ok {
		println("slice", s[0])
	}
	_, ok := x.(T)
	println(ok)
	x = M{"a": 1}
	println(x.(M)["a"])
	x = F(func() int { return 9 })
	println(x.(F)())
	a := A{1, 2}
	x = a
	a[0] = 100
	b := x.(A)
	b[1] = 50
	println(x.(A)[0], x.(A)[1], b[1])
	x = [2]string{"p", "q"}
	println(x == any([2]string{"p", "q"}), x.([2]string)[1])
	x = struct{ n int }{4}
	println(x.(struct{ n int }).n, x == any(struct{ n int }{4}))
	var c chan int = make(chan int, 1)
	x = c
	println(x == any(c))
	switch x.(type) {
	case chan int:
		println("chan int")
	}
	defer func() { println(recover().(error).Error()) }()
	println(any(T{1}) == any(T{1}))
}
