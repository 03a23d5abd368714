package main

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	total := 0
	for i := 1; i <= 1000; i++ {
		if i > 500 || i%7 == 3 {
			total += collatz(i)
		}
		if total > 40000 {
			break
		}
	}
	println(total)
	x, y := 1, 2
	x, y = y, x
	println(x, y)
	for {
		x++
		if x > 5 {
			break
		}
	}
	println(x)
}
