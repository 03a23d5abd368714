package p

type i interface{ m() interface{ i } }
type _ interface{ i }

type j interface{ m() interface{ k } }
type k interface{ m() interface{ j } }

type ok interface{ m() interface{ ok2 } }
type ok2 interface{ n() ok }

func _() {
	type l interface {
		m() struct{ f []interface{ l } }
	}
}
