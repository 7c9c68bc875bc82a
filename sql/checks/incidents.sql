-- Frame for the incidents suite.
select * from incidents
