package main

type List[T any] struct{ items []T }

func (l *List[T]) All() func(func(int, T) bool) {
	return func(yield func(int, T) bool) {
		for i, x := range l.items {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Seq[T any](xs ...T) func(func(T) bool) {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Filter[T any](seq func(func(T) bool), keep func(T) bool) func(func(T) bool) {
	return func(yield func(T) bool) {
		for x := range seq {
			if keep(x) && !yield(x) {
				return
			}
		}
	}
}

func Sum[T int | float64](seq func(func(T) bool)) (s T) {
	for x := range seq {
		s += x
	}
	return
}

func three(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func nested() (string, int) {
	for a := range Seq("x", "y", "z") {
		for b := range Seq(1, 2, 3) {
			defer println("defer", a, b)
			if a == "y" && b == 2 {
				return a, b
			}
		}
	}
	return "none", 0
}

func mixed() {
	for i := 0; i < 3; i++ {
	inner:
		for x := range Seq(10, 20, 30) {
			switch {
			case x == 20 && i == 0:
				continue
			case x == 20 && i == 1:
				break inner
			case x == 30:
				break
			}
			select {
			default:
				if i == 2 && x == 20 {
					continue
				}
			}
			println("mixed", i, x)
		}
	}
}

func main() {
	l := &List[string]{items: []string{"p", "q", "r"}}
	for i, s := range l.All() {
		println(i, s)
	}
	println(Sum(Filter(Seq(1, 2, 3, 4, 5, 6), func(x int) bool { return x%2 == 0 })))
	println(Sum(Seq(1.5, 2.25)))
	n := 0
	for range three {
		n++
	}
	println("three", n)
	println(nested())
	mixed()
	done := make(chan int)
	for x := range Seq(1, 2, 3) {
		go func() { done <- x * 100 }()
	}
	t := 0
	for range 3 {
		t += <-done
	}
	println("goroutines", t)
	var m = map[string]int{}
	for k := range Seq("a", "b", "a") {
		m[k]++
	}
	println(len(m), m["a"])
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		var saved func(int) bool
		for x := range func(y func(int) bool) { saved = y; y(1) } {
			println("x", x)
		}
		saved(2)
	}()
}
