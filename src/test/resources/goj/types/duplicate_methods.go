package p

type M interface{ m() }
type M32 interface{ m() int32 }

type U1 interface {
	m()
	M
}
type U2 interface {
	M
	m()
}
type U3 interface {
	m()
	m()
}
type U4 interface {
	M32
	m()
}
type U5 interface {
	M
	M32
}
