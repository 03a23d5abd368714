package p

import _ "embed"

//go:embed x.txt
var y, z string

//go:embed x.txt
var w string = "a"

//go:embed x.txt
var v = "a"

func f() {
	//go:embed x.txt
	var x string
	_ = x
}
