package p

const c *int = nil
const d struct{} = 1

const (
	e = int8(iota + 126)
	f
	g
)

func init()

func (x int) m() {}

type S struct{ _ int }

var s S
var _ = s._

func r() {
	for range (func(func(int, ...string) bool))(nil) {
	}
	for range (func(func() int))(nil) {
	}
	var ch chan<- int
	for range ch {
	}
	close(1)
	select {
	case ch:
	}
	_()
}
