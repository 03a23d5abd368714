// Loop counters near int32's limits (goj keeps provably small ones in JVM ints): the values,
// arithmetic on them beyond 32 bits, and counters that leave the int32 range.
package main

func main() {
	i := 0
	n := 0
	for i = 2147483640; i < 2147483647; i++ {
		n++
	}
	println(i, n)
	for i = 2147483645; i <= 2147483647; i++ {
		n++
	}
	println(i, n)
	for i = 2147483600; i < 2147483647; i += 7 {
		n += i >> 20
	}
	println(i, n)
	s := make([]int, 10)
	for k := range s {
		s[k] = k * (1 << 40)
	}
	println(s[9], len(s))
	sum := 0
	for k := range 100 {
		sum += k * k * k * k * k * 1000
	}
	println(sum)
	for k := -5; k < 5; k++ {
		sum -= k
	}
	println(sum)
	var big [4]int64
	for k := 0; k < len(big); k++ {
		big[k] = int64(k) << 33
	}
	println(big[3])
	total := 0
	for y := 0; y < 300; y++ {
		for x := 0; x < 300; x++ {
			if (x^y)&7 == 0 {
				continue
			}
			total += x * y
		}
	}
	println(total)
	j := 0
	for j = 2147483000; j < 3000000000; j++ {
		if j == 2147484000 {
			break
		}
	}
	println(j)
}
