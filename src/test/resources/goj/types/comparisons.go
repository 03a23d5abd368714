package p

type I interface{ M() }
type T struct{ s []int }
type A [2]func()

func f(e interface{}, i I, t T, a A, s []int, m map[int]int, fn func(), str string, n int) {
	_ = e == 1
	_ = i == 1
	_ = e >= e
	_ = i == s
	_ = s == i
	_ = t == t
	_ = a == a
	_ = s == nil
	_ = str == nil
	_ = str + nil
	_ = nil == nil
	_ = 1 == true
	_ = m == m
	_ = fn != nil
	switch s {
	case nil:
	case s:
	}
	switch str {
	case 1:
	case n:
	}
	switch a {
	}
}
