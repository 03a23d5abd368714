package p

type I interface{ m() }

type T struct{}

//go:nointerface
func (*T) m() {}

var _ I = new(T)

func g[P I](P) {}

var _ = g[*T]
