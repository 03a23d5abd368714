//go:build !ignore

//go:noinline
package p

//go:nosplit
//go:noinline
func f() {}

//go:noinline
var x int

type (
	//go:noinline
	T int
)

func g() {
	//go:noinline
	var y int
	_ = y
	//go:norace
	type L int
}

//go:build linux
func k() {}
