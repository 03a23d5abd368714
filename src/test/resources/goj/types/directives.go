//go:build !ignore

//go:noinline
package p

//go:nosplit
//go:noinline
func f() {} //go:norace

//go:noinline
var x int

//go:noescape

type (
	//go:noinline
	T int
)

//go:nowritebarrier
func g() {
	//go:noinline
	y := 1
	_ = y
	//go:noinline
	const c = 1
}

//go:cgo_ldflag "-lfoo"
//go:cgo_ldflag
func h() {}

//go:build linux
func k() {}

//go:noinline
