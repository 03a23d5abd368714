// exit 2
package main

var g = 40

const big = 1 << 62

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	s := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 && i != 4 {
			continue
		}
		s += i
	}
	var b uint8 = 250
	b += 10
	println(s, fib(20), g+2, b, true, "x" < "y", len("héllo"))
	var x int32 = -2147483648
	println(x-1, -x, 7/2, -7/2, -7%3)
	var u uint64 = 1<<64 - 1
	var i8 int8 = 127
	i8++
	println(u, u/3, u > 1, i8, ^uint16(1), big)
	var m int64 = -9223372036854775808
	var neg1 int64 = -1
	println(m/neg1, m%neg1)
	var z int
	println(10 / z)
}
