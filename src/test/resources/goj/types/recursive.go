package p

type Node interface{ Children() []Tree }
type Tree interface {
	Node
	Size() int
}

type I4 interface {
	I4
}

type I5 interface {
	I6
}

type I6 interface {
	I5
	M()
}

type A = interface{ B }
type B interface{ A }

type S struct {
	x interface{ S }
}

var _ = Tree.Children
