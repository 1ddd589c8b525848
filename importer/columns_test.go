package importer

import (
	"strings"
	"testing"
)

func TestColumns(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		m      map[string]string
		want   string // field=column,... in Fields order
		msg    string // in the problems, when there are some
	}{
		{"Chinese", []string{"户号", "地址", "片区", "户主", "份数"}, nil, "id=0,address=1,zone=2,resident=3,copies=4", ""},
		{"English, any case, any order", []string{" Address ", "ID", "Resident"}, nil, "id=1,address=0,resident=2", ""},
		{"full-width and inner spaces", []string{"\u3000编　号", "住  址", "网格"}, nil, "id=0,address=1,zone=2", ""},
		{"unknown headers are ignored", []string{"序号", "门牌号", "住址", "电话", "民族"}, nil, "id=1,address=2,phone=3", ""},
		{"a title row names nothing", []string{"柳树湾村2025年入户走访住户登记表"}, nil, "", "no address column"},
		{"a register's headers", []string{"序号", "户主姓名", "门牌号", "所属网格", "联系电话", "备注"}, nil, "id=0,address=2,zone=3,resident=1,phone=4,note=5", ""},
		{"an id column before the door number", []string{"户号", "门牌号", "组"}, nil, "id=0,address=1,zone=2", ""},
		{"the head of household before a name", []string{"户号", "地址", "户主", "姓名"}, nil, "id=0,address=1,resident=2", ""},
		{"a merged header names its first column", []string{"户号", "地址", "地址", "组"}, nil, "id=0,address=1,zone=3", ""},
		{"--map overrides", []string{"户号", "房号", "详细地址", "地址"}, map[string]string{"id": "房号", "address": "详细地址"}, "id=1,address=2", ""},
		{"--map takes a column from the known headers", []string{"户号", "地址", "姓名"}, map[string]string{"zone": "姓名"}, "id=0,address=1,zone=2", ""},
		{"--map header not there", []string{"户号", "地址"}, map[string]string{"zone": "片"}, "", `--map zone=片: no column "片" (headers found: 户号, 地址)`},
		{"missing address", []string{"户号", "姓名", "电话"}, nil, "", `no address column (headed 地址, 住址, 门牌地址, 家庭住址, 家庭地址, 详细地址, address, 门牌号, 门牌) (headers found: 户号, 姓名, 电话; name yours with --map address=HEADER)`},
		{"two candidates", []string{"户号", "地址", "户主", "户主姓名"}, nil, "", `columns "户主" (C) and "户主姓名" (D) could each be resident (choose one with --map resident=户主)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cols, ps := columns("x.csv", row{n: 3, cells: tt.header}, tt.m, true)
			if tt.msg != "" {
				if len(ps) == 0 || !strings.Contains(ps.Error(), "x.csv:3: "+tt.msg) {
					t.Errorf("problems %q, want %q", ps.Error(), tt.msg)
				}
				return
			}
			if len(ps) > 0 {
				t.Fatal(ps)
			}
			var got []string
			for _, f := range Fields {
				if i, ok := cols[f]; ok {
					got = append(got, f+"="+string(rune('0'+i)))
				}
			}
			if s := strings.Join(got, ","); s != tt.want {
				t.Errorf("columns %s, want %s", s, tt.want)
			}
		})
	}
}

func TestCheckMap(t *testing.T) {
	if err := CheckMap(map[string]string{"id": "房号", "copies": "份"}); err != nil {
		t.Error(err)
	}
	if err := CheckMap(map[string]string{"mobile": "电话"}); err == nil || !strings.Contains(err.Error(), `"mobile"`) {
		t.Errorf("CheckMap(phone) = %v", err)
	}
}
