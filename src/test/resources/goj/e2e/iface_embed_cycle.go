package main

type Node interface{ Children() []Tree }
type Tree interface {
	Node
	Size() int
}

type leaf struct{}

func (leaf) Children() []Tree { return nil }
func (leaf) Size() int        { return 1 }

func main() {
	var t Tree = leaf{}
	println(t.Size(), len(t.Children()))
}
