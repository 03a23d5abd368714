// Programs whose SSA the passes of goj.ssa rewrite (constant folding, dead code, bounds-check
// elimination, captures by value): their output must be gc's.
package main

func folds() {
	var a int8 = 100
	b := a
	b += 100
	var u uint8 = 3
	v := u
	v -= 4
	var w uint32 = 1
	x := w
	x <<= 31
	x *= 2
	var m int64 = -9223372036854775808
	n := m
	n = -n
	q := n / -1
	r := -7
	println(b, v, x, n, q, r/2, r%2, r>>1, r>>70, uint64(r)>>60)
	s := 40
	println(1<<s, int32(1)<<s, s<<62)
	var f float32 = 16777216
	g := f
	g += 1
	h := 0.1
	k := h + 0.2
	println(g, k, k == 0.3, -h)
	str := "ab"
	t := str + "c"
	println(t, t < "abd", t == "abc")
	debug := false
	if debug {
		println("unreachable")
	}
	z := 0
	defer func() { println("recovered:", recover().(error).Error()) }()
	println(7 / z)
}

func bounds(s []int, arr [5]byte) {
	sum := 0
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	for i, v := range s {
		if i > 0 {
			sum += v - s[i-1]
		}
	}
	for i := range arr {
		arr[i] += byte(i)
		sum += int(arr[i])
	}
	for i := 2; i < 5; i++ {
		sum += int(arr[i]) * i
	}
	for i := len(s) - 1; i >= 0; i-- {
		sum += s[i]
	}
	println("sum", sum)
	defer func() { println("recovered:", recover().(error).Error()) }()
	for i := 0; i <= len(s); i++ {
		sum += s[i]
	}
}

func captures(xs []int) {
	var fs []func() int
	for i, x := range xs {
		y := x * 10
		fs = append(fs, func() int { return i + x + y })
	}
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 100 })
	}
	base := 1000
	nested := func() func() int { return func() int { return base + 1 } }
	fs = append(fs, nested())
	counter := 0
	inc := func() int { counter++; return counter }
	inc()
	fs = append(fs, inc)
	for _, f := range fs {
		print(f(), " ")
	}
	println(counter)
}

func use(p *int) int { return *p + 1 }

func pointers() {
	x := 10
	p := &x
	println(*p)
	y := 20
	q := &y
	*q = 21
	println(y)
	z := 30
	println(use(&z))
	w := 40
	r := &w
	s := r
	println(r == s, *s)
	done := make(chan int)
	v := 7
	go func() { done <- v * 2 }()
	println(<-done)
	func() {
		k := 3
		defer func() { println("deferred", k) }()
	}()
	var n *int
	defer func() { println("recovered:", recover().(error).Error()) }()
	_ = *n
}

func main() {
	pointers()
	folds()
	bounds([]int{3, 1, 4, 1, 5}, [5]byte{250, 251, 252, 253, 254})
	captures([]int{7, 8, 9})
}
