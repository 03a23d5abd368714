package p

type T struct {
	_ int
	a []int
}

func switches(x int, y interface{}, f func()) {
	switch x {
	case 1, 2:
	case 2:
	case 3:
	case 1 + 2:
	}
	switch y {
	case 1, int64(1), 1:
	case "a", "a":
	}
	switch y.(type) {
	case nil, int:
	case int:
	case nil:
	}
	switch f {
	case f:
	case nil:
	}
	switch t := y.(type) {
	}
}

var m = map[interface{}]int{1: 1, int8(1): 2, 1.0: 3, 1: 4}
var n = map[float64]string{1: "a", 1.0: "b", 2.5: "c", 5.0 / 2: "d"}
var s = []int{1, 2, 1: 3, 5: 4, 5: 5}
var u = T{_: 1}
var v = struct{ t T }{t: {a: nil}}
