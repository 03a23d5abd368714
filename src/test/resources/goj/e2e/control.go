package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named(x int) (q int, s string) {
	q = x * 2
	s = "n"
	if x > 3 {
		return
	}
	return q + 1, "small"
}

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	}
	switch n % 3 {
	case 0:
		return "fizz"
	case 1, 2:
		if n > 10 {
			break
		}
		return "small"
	default:
		return "never"
	}
	return "big"
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	a, b := named(2)
	c, d := named(5)
	println(a, b, c, d)
	for i := -1; i < 14; i += 3 {
		println(i, classify(i))
	}
	n := 0
	switch x := 3; x {
	case 3:
		n++
		fallthrough
	case 4:
		n += 10
	case 5:
		n += 100
	}
	println(n)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println(i, j)
		}
	}
	k := 0
loop:
	if k < 3 {
		k++
		goto loop
	}
	println(k)
}
