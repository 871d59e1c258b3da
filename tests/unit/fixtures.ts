import type { DataFiles } from '../../src/core';

/** A small valid dataset as inline CSV; tests change one file at a time to see one check fire. */
export const base = {
  'sources.csv': 'source_id,file,title_zh,title_en,publisher,published\ncsr2020,seeds/csr.txt,报告,Report,Chinalco,2021\n',
  'scopes.csv': 'scope_id,name_zh,name_en\ngroup,集团,Group\nnew_alumina,新建氧化铝企业,new alumina plants\n',
  'indicators.csv':
    'indicator_id,name_zh,name_en,category,unit,direction,gri,decimals\n' +
    'energy_total,能源消费总量,Total energy consumption,energy,10^4 tce,lower_better,302-1,2\n' +
    'reuse_rate,重复用水率,Water reuse rate,water,%,higher_better,,2\n' +
    'alumina_energy_intensity,氧化铝综合能耗,Alumina energy intensity,energy,tce/t,lower_better,302-3,3\n',
  'observations.csv':
    'indicator_id,period,scope_id,value,status,source_id,locator,quote,note_zh,note_en\n' +
    'energy_total,2019,group,2866.31,reported,csr2020,附录,"能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17",,\n' +
    'energy_total,2020,group,2902.17,reported,csr2020,附录,"能源消费总量 万吨标准煤 2,384.88 2,866.31 2,902.17",,\n' +
    'reuse_rate,2020,group,92.92,reported,csr2020,附录,重复用水率 % 96.59 97.09 92.92,,\n',
  'targets.csv':
    'target_id,indicator_id,scope_id,period,comparator,value,unit,level,source_id,locator,quote,note_zh,note_en\n' +
    'alumina_new_2021,alumina_energy_intensity,new_alumina,2021,<=,0.278,tce/t,industry_advanced,csr2020,目标,2021 年末完成 0.278 吨标准煤/吨,,\n',
  'notes.csv':
    'note_id,kind,indicator_ids,title_zh,title_en,text_zh,text_en,source_id,locator_a,quote_a,source_id_b,locator_b,quote_b\n' +
    'energy_twice,contradiction,energy_total reuse_rate,能耗两处,Energy twice,正文与附录。,Body and appendix.,csr2020,附录,"能源消费总量 万吨标准煤 2,384.88",csr2020,附录,重复用水率 % 96.59\n',
} as const satisfies DataFiles;

/** The base dataset with some files replaced. */
export const withFiles = (over: DataFiles): DataFiles => ({ ...base, ...over });
