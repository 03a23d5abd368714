package p

func F()

//go:noescape
func f() {}
