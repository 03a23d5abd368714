package p

import _ "unicode//utf8"
import _ "strings/"
