-- TeX oracle for package hyphen: LuaTeX's own hyphenator (lang.hyphenate, an
-- implementation of Liang's algorithm independent of ours) hyphenates a word
-- list with the pattern file PAT, the exception file HYP (may be empty) and
-- the minimums LEFT and RIGHT; OUT gets "word TAB hy-phen-ated" lines.
-- Run by gen.sh through: luatex --ini '\catcode`\{=1 \catcode`\}=2 \directlua{dofile("oracle.lua")}\end'
local function readfile(p)
  if p == nil or p == "" then return "" end
  local f = io.open(p, "rb"); if not f then return "" end
  local s = f:read("*a"); f:close(); return s
end
local pat, hyp = readfile(os.getenv("PAT")), readfile(os.getenv("HYP"))
local left, right = tonumber(os.getenv("LEFT")), tonumber(os.getenv("RIGHT"))
local l = lang.new()
local seen = {}
local function codes(s)
  for _, c in utf8.codes(s) do
    if not seen[c] and c ~= 46 and not (c >= 48 and c <= 57) and c ~= 45 then
      seen[c] = true
      l:sethjcode(c, c)
    end
  end
end
codes(pat); codes(hyp)
l:patterns((pat:gsub("%%[^\n]*", "")))
if hyp ~= "" then l:hyphenation((hyp:gsub("%%[^\n]*", ""))) end
local id = l:id()
local fid = font.define({name = "oracle", size = 655360, hyphenchar = 45, characters = {}})
local out = io.open(os.getenv("OUT"), "wb")
for w in io.lines(os.getenv("WORDS")) do
  if w ~= "" then
    local head = node.new("glue")
    local last = head
    for _, c in utf8.codes(w) do
      local g = node.new("glyph")
      g.char = c; g.subtype = 1; g.font = fid; g.lang = id; g.left = left; g.right = right; g.uchyph = 1
      last.next = g; g.prev = last; last = g
    end
    local tail = node.new("glue")
    last.next = tail; tail.prev = last
    lang.hyphenate(head, tail)
    local res = {}
    local n = head.next
    while n and n ~= tail do
      if n.id == node.id("glyph") then res[#res+1] = utf8.char(n.char)
      elseif n.id == node.id("disc") then res[#res+1] = "-" end
      n = n.next
    end
    out:write(w, "\t", table.concat(res), "\n")
  end
end
out:close()
