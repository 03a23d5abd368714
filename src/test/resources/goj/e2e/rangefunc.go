package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("stopped at", i)
				return
			}
		}
		println("exhausted")
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func find(x int) (idx int, ok bool) {
	for i := range count(10) {
		if i == x {
			return i, true
		}
	}
	return -1, false
}

func named() (r int) {
	defer func() { r *= 10 }()
	for i := range count(5) {
		defer println("deferred in body", i)
		if i == 2 {
			r = i
			return
		}
	}
	return 99
}

func labels() {
outer:
	for i := range count(3) {
		for j := range count(3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println("ij", i, j)
		}
	}
	println("after labels")
	n := 0
	for range count(4) {
		n++
		if n == 2 {
			goto done
		}
	}
done:
	println("goto done", n)
}

func closures() {
	var fs []func() int
	for i := range count(3) {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		println(f())
	}
}

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func recoverer(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func main() {
	sum := 0
	for i := range count(5) {
		if i == 3 {
			continue
		}
		sum += i
	}
	println("sum", sum)
	for k, v := range pairs {
		println(k, v)
		if k == "b" {
			break
		}
	}
	println(find(4))
	println(find(40))
	println(named())
	labels()
	closures()
	var k string
	for k = range pairs {
	}
	println("k", k)
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		for x := range bad {
			println("bad", x)
			break
		}
	}()
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		for x := range recoverer {
			println("rec", x)
			panic("boom")
		}
	}()
}
