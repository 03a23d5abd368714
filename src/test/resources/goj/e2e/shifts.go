package main

func main() {
	var a uint = 70
	var x int64 = -8
	var y uint8 = 200
	const c = 1 << 10
	println(1<<a, x>>a, x>>2, y<<1, y>>1, c, x<<3, 1<<63-1)
}
