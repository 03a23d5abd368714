//go:build go1.21

package p

func f(seq func(func(int) bool)) {
	for range 10 {
	}
	for range seq {
	}
	var s int
	_ = 1 << s
}
