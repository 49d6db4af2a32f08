#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile-input corpus of tests/data/bad/ (committed; rerun to regenerate).

Each file is one row of tests/cli/tst_badinput.cpp, which says what
`attriscope report` must answer. README.md lists them. Deterministic: the
random bytes come from a fixed seed. The 2 GB sparse file is made at test
time, never here.
"""
import gzip
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

GOOD_ROW = '{"model": "GPT-2", "method": "saliency", "prompt_id": "p%d", "tokens": 10, "time": %s, "success": true, "gpu_info": "Tesla T4"}'
GOOD_METHOD = ('{"model": "GPT-2", "method": "saliency", "successful_prompts": 2, "total_prompts": 2, '
               '"average_time": 1.0, "gpu_info": "Tesla T4"}')


def doc(rows, methods=(GOOD_METHOD,)):
    return ('{\n  "method_timing": [\n    ' + ',\n    '.join(methods) + '\n  ],\n  "prompt_timing": [\n    '
            + ',\n    '.join(rows) + '\n  ]\n}\n')


def good(i, time='1.5'):
    return GOOD_ROW % (i, time)


VALID = doc([good(1), good(2, '2.5'), good(3, '0.5')])

FILES = {}


def put(name, content):
    FILES[name] = content.encode() if isinstance(content, str) else content


put('empty.json', b'')
put('whitespace_only.json', ' \n\t\r\n  \n')
put('html_error_page.json', '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n'
    '<body><h1>Bad Gateway</h1><p>nginx</p></body></html>\n')
valid = VALID.encode()
# Truncated at several offsets: inside the first key, inside a row, inside a string, before the last brace.
put('truncated_at_5.json', valid[:5])
put('truncated_in_row.json', valid[:valid.index(b'"prompt_timing"') + 60])
put('truncated_in_string.json', valid[:valid.index(b'"Tesla T4"', valid.index(b'"prompt_timing"')) + 4])
put('truncated_before_end.json', valid.rstrip()[:-1])
put('top_level_array.json', '[{"model": "GPT-2", "method": "saliency", "time": 1}]\n')
put('top_level_number.json', '42\n')
put('method_timing_object.json', '{"method_timing": {"model": "GPT-2"}, "prompt_timing": []}\n')
put('prompt_timing_string.json', '{"prompt_timing": "none yet"}\n')
put('prompt_timing_nan.json', '{"prompt_timing": NaN}\n')
# Every field of a prompt row with a wrong type, one row each, beside a good row.
wrong_prompt = [
    '{"model": 7, "method": "saliency", "time": 1}',                       # skipped: model
    '{"model": "GPT-2", "method": ["saliency"], "time": 1}',               # skipped: method
    '{"model": "GPT-2", "attribution_method": {"x": 1}, "time": 1}',       # skipped: attribution_method
    '{"model": "GPT-2", "method": "saliency", "time": "1.5"}',             # skipped: time
    '{"model": "GPT-2", "method": "saliency", "attribution_time": true}',  # skipped: attribution_time
    '{"model": "GPT-2", "method": "saliency", "time": 1, "tokens": "ten"}',          # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "token_count": [10]}',       # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "output_token_count": "x"}',  # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "tokens_per_second": {}}',  # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "success": "yes"}',         # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "prompt": 12}',             # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "prompt_text": false}',     # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "prompt_id": {"id": 1}}',   # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "device": 0}',              # kept, warning
    '{"model": "GPT-2", "method": "saliency", "time": 1, "gpu_info": ["T4"]}',       # kept, warning
    good(99),
]
put('wrong_prompt_field_types.json', doc(wrong_prompt, methods=()))
wrong_method = [
    '{"model": "GPT-2", "method": "saliency", "successful_prompts": "all"}',
    '{"model": "GPT-2", "method": "saliency", "total_prompts": [2]}',
    '{"model": "GPT-2", "method": "saliency", "success_rate": "100%"}',
    '{"model": "GPT-2", "method": "saliency", "model_loading_time": {}}',
    '{"model": "GPT-2", "method": "saliency", "attribution_time": "1"}',
    '{"model": "GPT-2", "method": "saliency", "average_time": true}',
    '{"model": "GPT-2", "method": "saliency", "average_prompt_time": "1"}',
    '{"model": "GPT-2", "method": "saliency", "total_time": "1"}',
    '{"model": "GPT-2", "method": "saliency", "min_time": "1"}',
    '{"model": "GPT-2", "method": "saliency", "max_time": "1"}',
    '{"model": "GPT-2", "method": "saliency", "tokens_per_second": "1"}',
    '{"model": "GPT-2", "method": "saliency", "platform": 1}',
    '{"model": "GPT-2", "method": "saliency", "cpu_model": 1}',
    '{"model": "GPT-2", "method": "saliency", "cpu_cores": "four"}',
    '{"model": "GPT-2", "method": "saliency", "memory_gb": "16"}',
    '{"model": "GPT-2", "method": "saliency", "gpu_info": 4}',
    '{"model": "GPT-2", "method": "saliency", "device": 4}',
    '{"model": "GPT-2", "method": "saliency", "cuda_available": "yes"}',
    '{"model": "GPT-2", "method": "saliency", "torch_cuda_available": 1}',
    '{"model": "GPT-2", "method": "saliency", "mps_available": "no"}',
    '{"model": "GPT-2", "method": "saliency", "torch_mps_available": 0}',
    '{"model": "GPT-2", "method": "saliency", "torch_version": 2.6}',
    '{"model": ["GPT-2"], "method": "saliency"}',  # skipped: model
]
put('wrong_method_field_types.json', doc([good(1)], methods=wrong_method))
put('wrong_row_types.json', doc(['1', '"row"', 'null', 'true', '[1, 2]', good(1)], methods=()))
put('missing_names.json', doc(['{"method": "saliency", "time": 1}', '{"model": "GPT-2", "time": 1}',
                               '{"model": " ", "method": "saliency", "time": 1}', good(1)], methods=()))
put('deep_nesting_200000.json', '{"prompt_timing": [' + '[' * 200000 + ']' * 200000 + ']}\n')
put('deep_top_level_200000.json', '[' * 200000 + ']' * 200000 + '\n')
rng = random.Random(20240607)
noise = bytes(rng.randrange(256) for _ in range(4096))
noise = b'\x8f' + noise[1:]  # not a '{', '[' or a digit: stays binary whatever the seed gives
put('random_bytes.bin', noise)
put('nul_bytes.json', b'\0' * 1024)
put('invalid_utf8.json', VALID.replace('"Tesla T4"', '"Tesla \xff\xfe T4"', 1).encode('latin-1'))
put('invalid_utf8.jsonl', b'{"model": "GPT-2", "method": "saliency", "time": 1}\n'
    b'{"model": "GPT-\xc3\x28", "method": "saliency", "time": 1}\n')
put('utf8_bom.json', b'\xef\xbb\xbf' + valid)
put('utf16.json', '\ufeff' + VALID, )
FILES['utf16.json'] = ('\ufeff' + VALID).encode('utf-16-le')
put('gzip_compressed.json', gzip.compress(valid, mtime=0))
put('huge_exponent.json', doc([good(1, '1e999999'), good(2, '-0'), good(3, '1e-999999'),
                               '{"model": "GPT-2", "method": "saliency", "time": 1, "tokens": 1e999999}'], methods=()))
put('negative_time.json', doc([good(1, '-1.5'), good(2, '-1e-300'), good(3)], methods=()))
put('nonfinite_time.json', doc([good(1, 'NaN'), good(2, 'Infinity'), good(3, '-Infinity'), good(4)], methods=()))
put('nonfinite_unquoted_bad.json', doc([good(1, 'nan'), good(2)], methods=()))
put('duplicate_keys.json', '{"prompt_timing": [\n  {"model": "GPT-2", "method": "saliency", "time": 1, "time": 2, '
    '"gpu_info": "T4"}\n],\n "prompt_timing": [\n  ' + good(2) + '\n]}\n')
put('fastapi_detail.json', '{"detail":"Not Found"}')
put('fastapi_validation.json', '{"detail":[{"type":"missing","loc":["query","model"],"msg":"Field required",'
    '"input":null}]}')
put('no_tables.json', '{"status": "ok", "results": []}\n')
put('null_tables.json', '{"method_timing": null, "prompt_timing": null}\n')
put('content_after_document.json', VALID + 'garbage\n')
put('two_documents.json', VALID + VALID)
put('bad_literal.json', doc([good(1).replace('true', 'tru')], methods=()))
put('bad_escape.json', doc([good(1).replace('"GPT-2"', '"GPT\\q2"')], methods=()))
put('leading_zero_number.json', doc([good(1, '01.5')], methods=()))
put('bad_lines.jsonl', '{"model": "GPT-2", "method": "saliency", "time": 1}\n'
    '{"model": "GPT-2", "method": "saliency", "time": \n'
    '[1, 2, 3]\n'
    '\n'
    '{"model": "GPT-2", "method": "lime", "time": -3}\n'
    '{"kind": "method", "model": "GPT-2", "method": "saliency", "average_time": 1}\n')
put('all_lines_bad.jsonl', '{"model": "GPT-2"}\n{"time": 1}\n{"model": "GPT-2", "method": "x", "time": "slow"}\n')
PROMPT_HEADER = 'model,attribution_method,prompt_id,token_count,attribution_time,success,gpu_info\n'
put('unterminated_quote.csv', PROMPT_HEADER + 'GPT-2,saliency,p1,10,1.5,True,T4\n'
    'GPT-2,saliency,p2,10,2.5,True,T4\n' 'GPT-2,"saliency,p3,10,3.5,True,T4\n' 'GPT-2,saliency,p4,10,0.5,True,T4\n')
put('text_after_quote.csv', PROMPT_HEADER + 'GPT-2,"saliency"x,p1,10,1.5,True,T4\n' 'GPT-2,saliency,p2,10,2.5,True,T4\n')
put('ragged_rows.csv', PROMPT_HEADER + 'GPT-2,saliency,p1,10,1.5,True,T4\n' 'GPT-2,saliency,p2,10\n'
    'GPT-2,saliency,p3,10,2.5,True,T4,extra,cells\n' 'GPT-2,saliency,p4,10,0.5,True,T4\n')
put('unknown_header.csv', 'model,method,mean,median,p95\nGPT-2,saliency,1.5,1.4,2.0\n')
put('header_only.csv', PROMPT_HEADER)
put('crlf.csv', (PROMPT_HEADER + 'GPT-2,saliency,p1,10,1.5,True,T4\n' '"GPT-2","saliency","p2\nsecond line",10,2.5,True,T4\n'
                 'GPT-2,lime,p3,12,0.5,False,T4\n').replace('\n', '\r\n'))
put('csv_wrong_types.csv', PROMPT_HEADER + 'GPT-2,saliency,p1,ten,1.5,maybe,T4\n' 'GPT-2,saliency,p2,10,slow,True,T4\n'
    'GPT-2,saliency,p3,10,-2,True,T4\n' 'GPT-2,saliency,p4,10,inf,True,T4\n' 'GPT-2,saliency,p5,10,1e999999,True,T4\n'
    'GPT-2,saliency,p6,10,0.5,True,T4\n')
# A raw NUL inside a string: not well-formed, named by its byte offset.
put('nul_in_string.json', doc([good(1).replace('"saliency"', '"sal\0iency"')], methods=()))
# More white space than the 1 MiB the format is guessed from, then a valid document.
put('whitespace_before_document.json', ' \n' * (600 * 1024) + VALID)
put('csv_binary.csv', PROMPT_HEADER + 'GPT-2,sal\0iency,p1,10,1.5,True,T4\n' 'GPT-\xff2,saliency,p2,10,2.5,True,T4\n')
FILES['csv_binary.csv'] = (PROMPT_HEADER + 'GPT-2,sal\0iency,p1,10,1.5,True,T4\n').encode() + \
    b'GPT-\xff2,saliency,p2,10,2.5,True,T4\n'

# Silently wrong numbers (issue #11, family 8): negative token counts, times
# whose sums overflow, a CSV pair whose "prompt" file is a method table too.
TOKENS_ROW = ('{"model": "GPT-2", "method": "saliency", "prompt_id": "p%d", %s, "time": 1.5, "success": true, '
              '"gpu_info": "Tesla T4"}')
put('negative_tokens.json', doc([TOKENS_ROW % (1, '"tokens": -5'), TOKENS_ROW % (2, '"token_count": -1'),
                                 TOKENS_ROW % (3, '"tokens": 10, "output_token_count": -2'),
                                 TOKENS_ROW % (4, '"tokens": 10, "tokens_per_second": -3'),
                                 TOKENS_ROW % (5, '"tokens": 10')], methods=()))
put('negative_tokens.csv', PROMPT_HEADER + 'GPT-2,saliency,p1,-10,1.5,True,T4\n' 'GPT-2,saliency,p2,10,1.5,True,T4\n')
put('huge_time.json', doc([good(1, '1e308'), good(2, '1.7e308'), good(3, '1e10'),
                           '{"model": "GPT-2", "method": "saliency", "prompt_id": "p4", "tokens": 1e13, "time": 1.5, '
                           '"gpu_info": "Tesla T4"}',
                           '{"model": "GPT-2", "method": "saliency", "prompt_id": "p5", "tokens": 1e9, "time": 1e-300, '
                           '"gpu_info": "Tesla T4"}',
                           good(6, '1e9'), good(7)],
                          methods=('{"model": "GPT-2", "method": "lime", "successful_prompts": 2, "total_prompts": 2, '
                                   '"average_time": 1e308, "tokens_per_second": -4, "gpu_info": "Tesla T4"}',)))
METHOD_HEADER = 'model,attribution_method,successful_prompts,total_prompts,average_prompt_time,gpu_info\n'
put('pair_both_method_method_timing_results.csv', METHOD_HEADER + 'GPT-2,saliency,2,2,1.0,T4\n')
put('pair_both_method_prompt_timing_results.csv', METHOD_HEADER + 'GPT-2,saliency,2,2,1.0,T4\n')

for name, content in sorted(FILES.items()):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(content)
print(len(FILES), 'files')
