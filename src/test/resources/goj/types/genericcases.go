package p

func generic[T any](i interface{}, m map[interface{}]int) {
	switch i.(type) {
	case T:
	case int:
	}
}

var _ = generic[int]
