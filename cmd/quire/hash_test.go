package main

import (
	"crypto/sha256"
	"encoding/hex"
)

func hash(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:8])
}
