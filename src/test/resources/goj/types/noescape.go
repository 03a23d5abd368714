package p

//go:noescape
func f() {}
