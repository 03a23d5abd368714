// exit 2
package main

type Ints []int

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s []int
	println(len(s), cap(s), s == nil)
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
		print(cap(s), " ")
	}
	println()
	t := s[2:5]
	t[0] = 100
	println(s[2], len(t), cap(t), sum(t...), sum(), sum(1, 2, 3))
	a := [5]int{1, 2, 3}
	b := a
	b[0] = 9
	println(a[0], b[0], len(a))
	m := make([]string, 3, 10)
	m[1] = "x"
	println(m[0] == "", m[1], len(m), cap(m))
	str := "héllo, 世界"
	for i, r := range str {
		print(i, ":", r, " ")
	}
	println()
	bs := []byte(str)
	println(len(bs), string(bs[1:3]), str[7:], string(rune(19990)), str[0])
	rs := []rune(str)
	println(len(rs), string(rs[7:]))
	n := copy(bs, "HE")
	println(n, string(bs))
	var x Ints = Ints{3, 1, 2}
	for i := range 3 {
		x[i] *= 2
	}
	println(x[0], x[1], x[2])
	bs = append(bs, " more"...)
	println(string(bs))
	words := []string{"a", "b"}
	words = append(words, "c", "d", "e")
	println(len(words), cap(words), words[4])
	println(s[20])
}
