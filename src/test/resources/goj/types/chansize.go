package p

type Big [1 << 17]byte

var c chan Big
var d = make(chan [1 << 16]byte)
var ok chan [1<<16 - 1]byte

type L [70000]byte

var g func(chan L)

func f() {
	x := make(chan struct{ a, b [40000]byte })
	_ = x
}
